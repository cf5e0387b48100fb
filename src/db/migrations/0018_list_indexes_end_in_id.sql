DROP INDEX "customers_org_tier_name_idx";--> statement-breakpoint
DROP INDEX "customers_org_updated_idx";--> statement-breakpoint
DROP INDEX "customers_tier_name_idx";--> statement-breakpoint
DROP INDEX "customers_name_idx";--> statement-breakpoint
CREATE INDEX "customers_org_tier_name_idx" ON "customers" USING btree ("org_unit_id","tier","name","id") WHERE "customers"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "customers_org_updated_idx" ON "customers" USING btree ("org_unit_id","updated_at","id") WHERE "customers"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "customers_tier_name_idx" ON "customers" USING btree ("tier","name","id") WHERE "customers"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "customers_name_idx" ON "customers" USING btree ("name","id") WHERE "customers"."merged_into_id" is null;