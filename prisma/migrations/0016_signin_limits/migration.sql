-- CreateTable
CREATE TABLE "SignInAddressThrottle" (
    "address" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAddressThrottle_pkey" PRIMARY KEY ("address")
);

-- CreateIndex
CREATE INDEX "SignInAddressThrottle_windowStart_idx" ON "SignInAddressThrottle"("windowStart");

-- CreateIndex
CREATE INDEX "SignInThrottle_windowStart_idx" ON "SignInThrottle"("windowStart");
