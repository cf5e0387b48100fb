ALTER TABLE "customer_scores" DROP CONSTRAINT "customer_scores_run_id_scoring_runs_id_fk";
--> statement-breakpoint
ALTER TABLE "customer_scores" DROP CONSTRAINT "customer_scores_customer_id_customers_id_fk";
