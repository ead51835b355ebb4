// The workers section's client components get their message namespaces (lib/i18n/client-messages.ts).
import { ClientMessages } from "@/components/i18n/ClientMessages";

export default function WorkersLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages section="workers">{children}</ClientMessages>;
}
