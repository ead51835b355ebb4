"use client";
// The analyst drafts the answer: picks a snapshot and the answer's language, has the portal fill
// the text (narrative from the snapshot's figures), edits it, saves the draft, and finally marks
// it sent. Filling replaces the text area's content; nothing is saved until "save" or "send".
// The buttons dispatch the actions themselves (not as form actions): React resets a form after a
// form action, which would put the language select back to its first value between "fill" and
// "save" and send the wrong language with the text.
import { startTransition, useActionState, useState } from "react";
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
  const [snapshotId, setSnapshotId] = useState(String(initial.snapshotId ?? snapshots[0]?.id ?? ""));
  const [locale, setLocale] = useState(initial.locale);
  const [text, setText] = useState(initial.text);
  const [drafted, draft, drafting] = useActionState(async (previous: ActionState, form: FormData) => {
    const next = await draftAnswerAction(inquiryId, previous, form);
    if (next.ok && typeof next.data?.text === "string") setText(next.data.text);
    return stamp(next);
  }, initialActionState);
  const [saved, save, saving] = useActionState(async (s: ActionState, f: FormData) => stamp(await saveAnswerAction(inquiryId, s, f)), initialActionState);
  const [sent, send, sending] = useActionState(async (s: ActionState, f: FormData) => stamp(await sendAnswerAction(inquiryId, s, f)), initialActionState);
  const state = latest(drafted, saved, sent);
  const errors = state.errors ?? {};
  const pending = drafting || saving || sending;
  const run = (dispatch: (data: FormData) => void, form: HTMLFormElement | null) => {
    if (!form) return;
    const data = new FormData(form);
    startTransition(() => dispatch(data));
  };

  return (
    <form className="space-y-4" noValidate aria-labelledby="answer-title" onSubmit={(event) => event.preventDefault()}>
      <FormStatus state={state} namespace="inquiries" />
      <div className="flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor="answer-snapshot" className={labelClass}>{t("answer.snapshot")}</label>
          <select
            id="answer-snapshot"
            name="snapshotId"
            value={snapshotId}
            onChange={(event) => setSnapshotId(event.target.value)}
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
          <select id="answer-locale" name="answerLocale" value={locale} onChange={(event) => setLocale(event.target.value)} className={inputClass}>
            {answerLocales.map((locale) => (
              <option key={locale} value={locale}>{t(`locales.${locale}`)}</option>
            ))}
          </select>
        </div>
        <button type="button" onClick={(event) => run(draft, event.currentTarget.form)} className={secondaryButtonClass} disabled={pending}>
          {drafting ? t("answer.generating") : t("answer.generate")}
        </button>
      </div>
      <FieldErrors id="answer-snapshot-errors" codes={errors.snapshotId} hint={snapshots.length === 0 ? t("answer.noSnapshots") : undefined} namespace="inquiries" />
      <div className="space-y-1">
        <label htmlFor="answer-text" className={labelClass}>{t("answer.text")}</label>
        <textarea
          id="answer-text"
          name="answerText"
          rows={18}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={errors.answerText ? true : undefined}
          aria-describedby="answer-text-errors"
          className={inputClass + " font-serif leading-relaxed"}
        />
        <FieldErrors id="answer-text-errors" codes={errors.answerText} hint={t("answer.textHint")} namespace="inquiries" />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={(event) => run(save, event.currentTarget.form)} className={buttonClass} disabled={pending}>{saving ? t("answer.saving") : t("answer.save")}</button>
        <button type="button" onClick={(event) => run(send, event.currentTarget.form)} className={secondaryButtonClass} disabled={pending} aria-describedby="answer-send-hint">
          {sending ? t("answer.sending") : t("answer.send")}
        </button>
      </div>
      <p id="answer-send-hint" className="text-sm text-slate-600">{t("answer.sendHint")}</p>
    </form>
  );
}
