-- Issue 11: import jobs run on the job queue (pg-boss, schema "pgboss", installed with the
-- migrations by lib/jobs/queues.ts). The queue retries and expires jobs itself, so the
-- hand-written heartbeat that let another instance resume a job goes.
-- AlterTable
ALTER TABLE "ImportJob" DROP COLUMN "heartbeatAt";
