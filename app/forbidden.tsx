// Shown with HTTP 403 wherever a page calls forbidden() (components/auth/Forbidden.tsx).
import { ForbiddenNotice } from "@/components/auth/Forbidden";

export default function ForbiddenPage() {
  return <ForbiddenNotice />;
}
