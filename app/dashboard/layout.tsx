// The dashboard section's client components get their message namespaces (lib/i18n/client-messages.ts).
import { ClientMessages } from "@/components/i18n/ClientMessages";

export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages section="dashboard">{children}</ClientMessages>;
}
