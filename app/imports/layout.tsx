// The imports section's client components get their message namespaces (lib/i18n/client-messages.ts).
import { ClientMessages } from "@/components/i18n/ClientMessages";

export default function ImportsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages section="imports">{children}</ClientMessages>;
}
