-- partnership-jdbc schema, version 2, PostgreSQL: the database itself refuses to change an adopted plan version.
-- An UPDATE or DELETE of a row of lp_plan_version whose adopted_on is set, or of a row of a version's content
-- (approvals, needs, priorities, goals, measures, steps, resources, indicators, targets) that belongs to an
-- adopted version, fails with SQLSTATE 23000. Inserting rows, and changing or deleting a draft's rows, is allowed.
-- The same rule for H2 is in ../h2/V2__protect_adopted_plan_versions.sql. Flyway runs this script through the Java
-- migration cz.socialinclusion.partnership.jdbc.migration.V2__Protect_adopted_plan_versions, which picks the
-- script of the database it migrates; without Flyway, run it after V1.

CREATE FUNCTION lp_refuse_adopted_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.adopted_on IS NOT NULL THEN
        RAISE EXCEPTION 'version % of plan % was adopted on % and cannot be changed or deleted: make a new revision',
            OLD.number, OLD.plan_id, OLD.adopted_on USING ERRCODE = '23000';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

-- The function finds lp_plan_version through the search path of the migration (the library's schema), whatever the
-- search path of the session that changes a row.
CREATE FUNCTION lp_refuse_adopted_content_change() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM lp_plan_version v WHERE v.plan_id = OLD.plan_id AND v.number = OLD.number
               AND v.adopted_on IS NOT NULL)
       OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM lp_plan_version v WHERE v.plan_id = NEW.plan_id
               AND v.number = NEW.number AND v.adopted_on IS NOT NULL)) THEN
        RAISE EXCEPTION 'version % of plan % is adopted: its % rows cannot be changed or deleted: make a new revision',
            OLD.number, OLD.plan_id, TG_TABLE_NAME USING ERRCODE = '23000';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER lp_plan_version_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_version
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_version_change();
CREATE TRIGGER lp_plan_approval_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_approval
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
CREATE TRIGGER lp_plan_need_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_need
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
CREATE TRIGGER lp_plan_need_theme_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_need_theme
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
CREATE TRIGGER lp_plan_priority_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_priority
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
CREATE TRIGGER lp_plan_priority_theme_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_priority_theme
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
CREATE TRIGGER lp_plan_priority_need_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_priority_need
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
CREATE TRIGGER lp_plan_goal_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_goal
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
CREATE TRIGGER lp_plan_measure_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_measure
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
CREATE TRIGGER lp_plan_step_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_step
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
CREATE TRIGGER lp_plan_step_resource_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_step_resource
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
CREATE TRIGGER lp_plan_indicator_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_indicator
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
CREATE TRIGGER lp_plan_indicator_target_adopted_tg BEFORE UPDATE OR DELETE ON lp_plan_indicator_target
    FOR EACH ROW EXECUTE FUNCTION lp_refuse_adopted_content_change();
