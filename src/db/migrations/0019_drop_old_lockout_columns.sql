-- The per-user failure count and lock of the first sign-in code; since migration 0011 the
-- throttle counts failures per key (user, address) in sign_in_throttle, and nothing reads these.
ALTER TABLE "users" DROP COLUMN "failed_logins";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";
