// The inquiries section's client components get their message namespaces (lib/i18n/client-messages.ts).
import { ClientMessages } from "@/components/i18n/ClientMessages";

export default function InquiriesLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages section="inquiries">{children}</ClientMessages>;
}
