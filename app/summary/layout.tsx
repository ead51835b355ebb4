// The summary section's layout: only adds the print stylesheet (a clean A4 document).
import "./print.css";

export default function SummaryLayout({ children }: { children: React.ReactNode }) {
  return children;
}
