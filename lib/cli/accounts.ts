// Prints the demo accounts that the seed creates (npm start, npm run db:seed).
export async function printDemoAccounts() {
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("../demo/accounts.ts");
  console.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) {
    console.log(`  ${account.role.padEnd(8)} ${account.email}${account.regionCode ? `  (region ${account.regionCode})` : ""}`);
  }
}
