// Gives a section's client components the message namespaces they use (lib/i18n/client-messages.ts).
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { BASE_CLIENT_NAMESPACES, pickMessages, SECTION_CLIENT_NAMESPACES, type Section } from "@/lib/i18n/client-messages";

export async function ClientMessages({ section, children }: { section?: Section; children: React.ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>;
  const namespaces = [...BASE_CLIENT_NAMESPACES, ...(section ? SECTION_CLIENT_NAMESPACES[section] : [])];
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
