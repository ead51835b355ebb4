"use client";
// The analyst drafts the answer: picks a snapshot and the answer's language, has the portal fill
// the text (narrative from the snapshot's figures), edits it, saves the draft, and finally marks
// it sent. Filling replaces the text area's content; nothing is saved until "save" or "send".
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { draftAnswerAction, saveAnswerAction, sendAnswerAction } from "@/lib/inquiries/actions";
import { answerLocales } from "@/lib/inquiries/schema";
import { initialActionState, type ActionState } from "@/lib/forms/state";
import { buttonClass, FieldErrors, FormStatus, inputClass, labelClass, secondaryButtonClass } from "@/components/ui/form";

export type AnswerEditorProps = {
  inquiryId: number;
  snapshots: Array<{ id: number; label: string }>;
  initial: { snapshotId: number | null; locale: string; text: string };
};

/** The newest of the three outcomes decides what the form shows. */
function latest(...states: ActionState[]): ActionState {
  return states.reduce((a, b) => (Number(b.data?.at ?? 0) > Number(a.data?.at ?? 0) ? b : a));
}

const stamp = (state: ActionState): ActionState => ({ ...state, data: { ...state.data, at: Date.now() } });

export function AnswerEditor({ inquiryId, snapshots, initial }: AnswerEditorProps) {
  const t = useTranslations("inquiries");
  // A failed fill keeps the last generated text's key, so the text area is not remounted.
  const [drafted, draft, drafting] = useActionState(async (previous: ActionState, form: FormData) => {
    const next = await draftAnswerAction(inquiryId, previous, form);
    return stamp(next.ok ? next : { ...next, data: { ...previous.data, ...next.data } });
  }, initialActionState);
  const [saved, save, saving] = useActionState(async (s: ActionState, f: FormData) => stamp(await saveAnswerAction(inquiryId, s, f)), initialActionState);
  const [sent, send, sending] = useActionState(async (s: ActionState, f: FormData) => stamp(await sendAnswerAction(inquiryId, s, f)), initialActionState);
  const state = latest(drafted, saved, sent);
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  // After each action the form is reset to its default values: they carry what should show then.
  const text = drafted.ok && state === drafted ? String(drafted.data?.text ?? "") : (values.answerText ?? initial.text);
  const pending = drafting || saving || sending;

  return (
    <form className="space-y-4" noValidate aria-labelledby="answer-title">
      <FormStatus state={state} namespace="inquiries" />
      <div className="flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor="answer-snapshot" className={labelClass}>{t("answer.snapshot")}</label>
          <select
            id="answer-snapshot"
            name="snapshotId"
            defaultValue={values.snapshotId ?? initial.snapshotId ?? snapshots[0]?.id ?? ""}
            aria-invalid={errors.snapshotId ? true : undefined}
            aria-describedby="answer-snapshot-errors"
            className={inputClass}
          >
            <option value="">{t("answer.noSnapshot")}</option>
            {snapshots.map((snapshot) => (
              <option key={snapshot.id} value={snapshot.id}>{snapshot.label}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="answer-locale" className={labelClass}>{t("answer.locale")}</label>
          <select id="answer-locale" name="answerLocale" defaultValue={values.answerLocale ?? initial.locale} className={inputClass}>
            {answerLocales.map((locale) => (
              <option key={locale} value={locale}>{t(`locales.${locale}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" formAction={draft} className={secondaryButtonClass} disabled={pending}>
          {drafting ? t("answer.generating") : t("answer.generate")}
        </button>
      </div>
      <FieldErrors id="answer-snapshot-errors" codes={errors.snapshotId} hint={snapshots.length === 0 ? t("answer.noSnapshots") : undefined} namespace="inquiries" />
      <div className="space-y-1">
        <label htmlFor="answer-text" className={labelClass}>{t("answer.text")}</label>
        <textarea
          // A new key when a draft is generated: the text area takes the generated text.
          key={String(drafted.data?.draft ?? "initial")}
          id="answer-text"
          name="answerText"
          rows={18}
          defaultValue={text}
          aria-invalid={errors.answerText ? true : undefined}
          aria-describedby="answer-text-errors"
          className={inputClass + " font-serif leading-relaxed"}
        />
        <FieldErrors id="answer-text-errors" codes={errors.answerText} hint={t("answer.textHint")} namespace="inquiries" />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" formAction={save} className={buttonClass} disabled={pending}>{saving ? t("answer.saving") : t("answer.save")}</button>
        <button type="submit" formAction={send} className={secondaryButtonClass} disabled={pending} aria-describedby="answer-send-hint">
          {sending ? t("answer.sending") : t("answer.send")}
        </button>
      </div>
      <p id="answer-send-hint" className="text-sm text-slate-600">{t("answer.sendHint")}</p>
    </form>
  );
}
