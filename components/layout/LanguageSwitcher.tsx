"use client";
// Posts the chosen language to a server action that sets the NEXT_LOCALE cookie; works as a
// plain form without JavaScript too. Each button is labelled in its own language (lang=…) so
// that a screen reader pronounces "Қазақша" as Kazakh.
import { useLocale, useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { locales } from "@/lib/i18n/config";
import { setLocale } from "@/lib/i18n/actions";

export function LanguageSwitcher() {
  const t = useTranslations("language");
  return (
    <form action={setLocale}>
      <Buttons current={useLocale()} label={t("label")} pendingText={t("switching")} names={{ ru: t("ru"), kk: t("kk"), en: t("en") }} />
    </form>
  );
}

function Buttons(props: { current: string; label: string; pendingText: string; names: Record<(typeof locales)[number], string> }) {
  const { pending } = useFormStatus();
  return (
    <div role="group" aria-label={props.label} aria-busy={pending} className="flex items-center gap-1">
      {locales.map((locale) => {
        const current = locale === props.current;
        return (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-current={current ? "true" : undefined}
            disabled={pending}
            className={
              "rounded px-2.5 py-1 text-sm font-semibold outline-offset-2 focus-visible:outline-2 focus-visible:outline-white " +
              (current ? "bg-white text-brand-900" : "text-white underline-offset-4 hover:underline")
            }
          >
            {props.names[locale]}
          </button>
        );
      })}
      <span className="sr-only" aria-live="polite">
        {pending ? props.pendingText : ""}
      </span>
    </div>
  );
}
