// The summary section's layout: the print stylesheet (a clean A4 document), and the message
// namespaces of its client components (lib/i18n/client-messages.ts).
import { ClientMessages } from "@/components/i18n/ClientMessages";
import "./print.css";

export default function SummaryLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages section="summary">{children}</ClientMessages>;
}
