-- partnership-jdbc schema, version 2, H2: the database itself refuses to change an adopted plan version.
-- An UPDATE or DELETE of a row of lp_plan_version whose adopted_on is set, or of a row of a version's content
-- (approvals, needs, priorities, goals, measures, steps, resources, indicators, targets) that belongs to an
-- adopted version, fails with SQLSTATE 23000. Inserting rows, and changing or deleting a draft's rows, is allowed.
-- The trigger is a class of partnership-jdbc. The same rule for PostgreSQL is in
-- ../postgresql/V2__protect_adopted_plan_versions.sql. Flyway runs this script through the Java migration
-- cz.socialinclusion.partnership.jdbc.migration.V2__Protect_adopted_plan_versions, which picks the script of
-- the database it migrates; without Flyway, run it after V1.

CREATE TRIGGER lp_plan_version_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_version FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_approval_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_approval FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_need_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_need FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_need_theme_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_need_theme FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_priority_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_priority FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_priority_theme_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_priority_theme FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_priority_need_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_priority_need FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_goal_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_goal FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_measure_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_measure FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_step_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_step FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_step_resource_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_step_resource FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_indicator_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_indicator FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
CREATE TRIGGER lp_plan_indicator_target_adopted_tg BEFORE UPDATE, DELETE ON lp_plan_indicator_target FOR EACH ROW CALL "cz.socialinclusion.partnership.jdbc.internal.AdoptedPlanVersionTrigger";
