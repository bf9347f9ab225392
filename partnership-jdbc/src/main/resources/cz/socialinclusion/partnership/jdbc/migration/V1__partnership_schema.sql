-- partnership-jdbc schema, version 1. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Three aggregates: partnership, strategic_plan, project; each root row carries its version for optimistic
-- locking. Child rows are keyed by their aggregate's id and their position, so that lists keep their order.
-- Text columns are VARCHAR without a length (names up to 10,000 characters, free text up to 100,000).
-- Exact decimals (money amounts, indicator values) are stored as their decimal text: no rounding, scale kept.
-- Dates as precise as the record gives them (RecordedDate: 2010-08, 2011-H1, not-recorded …) are stored as their
-- text form in VARCHAR(32).
-- Every reference inside an aggregate cascades on delete, so that deleting a root (or a draft plan version)
-- takes all its rows whatever order the database visits them in; references between aggregates do not.

CREATE TABLE lp_partnership (
    id                   VARCHAR(100) PRIMARY KEY,
    version              BIGINT       NOT NULL,
    name                 VARCHAR      NOT NULL,
    municipality         VARCHAR      NOT NULL,
    municipality_key     VARCHAR(200) NOT NULL,
    founded              DATE,
    convener             VARCHAR      NOT NULL,
    rules_adopted        DATE,
    rules_meeting        VARCHAR(100),
    groups_formed        VARCHAR(32),
    members_listed_as_of DATE,
    intervention_start   VARCHAR(32),
    intervention_length  VARCHAR(40),
    analysis_from        VARCHAR(32),
    analysis_until       VARCHAR(32),
    membership_open_from  VARCHAR(32),
    membership_open_until VARCHAR(32),
    local_consultant     BOOLEAN      NOT NULL,
    coordinated_approach_since VARCHAR(32),
    practice_least_per_month INTEGER,
    practice_most_per_month  INTEGER,
    practice_from        VARCHAR(32),
    practice_until       VARCHAR(32),
    practice_guests      BOOLEAN,
    CONSTRAINT lp_partnership_version_ck CHECK (version >= 0),
    CONSTRAINT lp_partnership_intervention_ck CHECK ((intervention_start IS NULL) = (intervention_length IS NULL)),
    CONSTRAINT lp_partnership_analysis_ck CHECK ((analysis_from IS NULL) = (analysis_until IS NULL)),
    CONSTRAINT lp_partnership_membership_open_ck CHECK ((membership_open_from IS NULL) = (membership_open_until IS NULL)),
    CONSTRAINT lp_partnership_practice_ck CHECK (practice_guests IS NOT NULL OR practice_least_per_month IS NULL)
);
CREATE INDEX lp_partnership_municipality_ix ON lp_partnership (municipality_key);

-- The areas the partnership works on (oblasti).
CREATE TABLE lp_partnership_theme (
    partnership_id VARCHAR(100) NOT NULL REFERENCES lp_partnership (id) ON DELETE CASCADE,
    theme          VARCHAR(40)  NOT NULL,
    PRIMARY KEY (partnership_id, theme)
);

-- What the Agency's local consultant advises on; rows only where local_consultant is true.
CREATE TABLE lp_consultant_topic (
    partnership_id VARCHAR(100) NOT NULL REFERENCES lp_partnership (id) ON DELETE CASCADE,
    topic          VARCHAR(40)  NOT NULL,
    PRIMARY KEY (partnership_id, topic)
);

-- Documents of the partnership as a whole (press releases, presentations), in order.
CREATE TABLE lp_partnership_document (
    partnership_id VARCHAR(100) NOT NULL REFERENCES lp_partnership (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    title          VARCHAR      NOT NULL,
    uri            VARCHAR,
    kind           VARCHAR(40),
    PRIMARY KEY (partnership_id, position)
);

-- What a dossier records beside its aggregates: the day it is complete to, its sources, and which source each
-- fact cites. One row per partnership whose dossier was saved as a whole (DossierRepository).
CREATE TABLE lp_dossier (
    partnership_id VARCHAR(100) PRIMARY KEY REFERENCES lp_partnership (id) ON DELETE CASCADE,
    recorded_until DATE
);

CREATE TABLE lp_source (
    partnership_id VARCHAR(100) NOT NULL REFERENCES lp_dossier (partnership_id) ON DELETE CASCADE,
    source_id      VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    title          VARCHAR      NOT NULL,
    address        VARCHAR,
    source_date    VARCHAR(32),
    kind           VARCHAR(40)  NOT NULL,
    PRIMARY KEY (partnership_id, source_id),
    CONSTRAINT lp_source_position_uq UNIQUE (partnership_id, position)
);

-- A citation is stated when derivation is null, derived (with the reason) otherwise.
CREATE TABLE lp_citation (
    partnership_id VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    fact           VARCHAR      NOT NULL,
    source_id      VARCHAR(100) NOT NULL,
    quote          VARCHAR,
    derivation     VARCHAR,
    PRIMARY KEY (partnership_id, position),
    FOREIGN KEY (partnership_id, source_id) REFERENCES lp_source (partnership_id, source_id) ON DELETE CASCADE
);

CREATE TABLE lp_member (
    partnership_id VARCHAR(100) NOT NULL REFERENCES lp_partnership (id) ON DELETE CASCADE,
    member_id      VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    member_type    VARCHAR(20)  NOT NULL,
    name           VARCHAR,
    kind           VARCHAR(40),
    legal_form     VARCHAR(40),
    ico            CHAR(8),
    role           VARCHAR,
    joined         DATE,
    left_on        DATE,
    erased_on      DATE,
    PRIMARY KEY (partnership_id, member_id),
    CONSTRAINT lp_member_position_uq UNIQUE (partnership_id, position),
    CONSTRAINT lp_member_type_ck CHECK (member_type IN ('organisation', 'natural-person', 'collective')),
    CONSTRAINT lp_member_dates_ck CHECK (joined IS NULL OR left_on IS NULL OR left_on > joined),
    CONSTRAINT lp_member_erased_ck CHECK (erased_on IS NULL OR member_type = 'natural-person')
);

CREATE TABLE lp_member_facility (
    partnership_id VARCHAR(100) NOT NULL,
    member_id      VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    name           VARCHAR      NOT NULL,
    PRIMARY KEY (partnership_id, member_id, position),
    FOREIGN KEY (partnership_id, member_id) REFERENCES lp_member (partnership_id, member_id) ON DELETE CASCADE
);

CREATE TABLE lp_member_person_name (
    partnership_id VARCHAR(100) NOT NULL,
    member_id      VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    name           VARCHAR      NOT NULL,
    PRIMARY KEY (partnership_id, member_id, position),
    FOREIGN KEY (partnership_id, member_id) REFERENCES lp_member (partnership_id, member_id) ON DELETE CASCADE
);

CREATE TABLE lp_working_group (
    partnership_id           VARCHAR(100) NOT NULL REFERENCES lp_partnership (id) ON DELETE CASCADE,
    group_id                 VARCHAR(100) NOT NULL,
    position                 INTEGER      NOT NULL,
    name                     VARCHAR      NOT NULL,
    kind                     VARCHAR(40)  NOT NULL,
    community_planning_group VARCHAR,
    formed                   VARCHAR(32),
    rhythm_least_per_month   INTEGER,
    rhythm_most_per_month    INTEGER,
    rhythm_from              VARCHAR(32),
    rhythm_until             VARCHAR(32),
    PRIMARY KEY (partnership_id, group_id),
    CONSTRAINT lp_working_group_position_uq UNIQUE (partnership_id, position)
);

CREATE TABLE lp_working_group_theme (
    partnership_id VARCHAR(100) NOT NULL,
    group_id       VARCHAR(100) NOT NULL,
    theme          VARCHAR(40)  NOT NULL,
    PRIMARY KEY (partnership_id, group_id, theme),
    FOREIGN KEY (partnership_id, group_id) REFERENCES lp_working_group (partnership_id, group_id) ON DELETE CASCADE
);

-- A seat names a member of the same partnership; a guest names no member. No member sits twice in a group.
CREATE TABLE lp_participant (
    partnership_id   VARCHAR(100) NOT NULL,
    group_id         VARCHAR(100) NOT NULL,
    position         INTEGER      NOT NULL,
    participant_type VARCHAR(10)  NOT NULL,
    member_id        VARCHAR(100),
    role             VARCHAR,
    guest_name       VARCHAR,
    expert_role      VARCHAR,
    PRIMARY KEY (partnership_id, group_id, position),
    CONSTRAINT lp_participant_member_uq UNIQUE (partnership_id, group_id, member_id),
    CONSTRAINT lp_participant_type_ck CHECK (
        (participant_type = 'seat' AND member_id IS NOT NULL AND guest_name IS NULL)
        OR (participant_type = 'guest' AND member_id IS NULL AND guest_name IS NOT NULL AND expert_role IS NOT NULL)),
    FOREIGN KEY (partnership_id, group_id) REFERENCES lp_working_group (partnership_id, group_id) ON DELETE CASCADE,
    FOREIGN KEY (partnership_id, member_id) REFERENCES lp_member (partnership_id, member_id) ON DELETE CASCADE
);

CREATE TABLE lp_meeting (
    partnership_id VARCHAR(100) NOT NULL REFERENCES lp_partnership (id) ON DELETE CASCADE,
    meeting_id     VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    level          VARCHAR(20)  NOT NULL,
    group_id       VARCHAR(100),
    held_on        DATE         NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    PRIMARY KEY (partnership_id, meeting_id),
    CONSTRAINT lp_meeting_position_uq UNIQUE (partnership_id, position),
    CONSTRAINT lp_meeting_group_ck CHECK ((level = 'working-group') = (group_id IS NOT NULL)),
    FOREIGN KEY (partnership_id, group_id) REFERENCES lp_working_group (partnership_id, group_id) ON DELETE CASCADE
);
CREATE INDEX lp_meeting_held_on_ix ON lp_meeting (partnership_id, held_on);

CREATE TABLE lp_meeting_attendance (
    partnership_id VARCHAR(100) NOT NULL,
    meeting_id     VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    member_id      VARCHAR(100) NOT NULL,
    PRIMARY KEY (partnership_id, meeting_id, position),
    CONSTRAINT lp_meeting_attendance_uq UNIQUE (partnership_id, meeting_id, member_id),
    FOREIGN KEY (partnership_id, meeting_id) REFERENCES lp_meeting (partnership_id, meeting_id) ON DELETE CASCADE,
    FOREIGN KEY (partnership_id, member_id) REFERENCES lp_member (partnership_id, member_id) ON DELETE CASCADE
);

CREATE TABLE lp_meeting_agenda_item (
    partnership_id VARCHAR(100) NOT NULL,
    meeting_id     VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    item           VARCHAR      NOT NULL,
    PRIMARY KEY (partnership_id, meeting_id, position),
    FOREIGN KEY (partnership_id, meeting_id) REFERENCES lp_meeting (partnership_id, meeting_id) ON DELETE CASCADE
);

CREATE TABLE lp_meeting_decision (
    partnership_id VARCHAR(100) NOT NULL,
    meeting_id     VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    text           VARCHAR      NOT NULL,
    PRIMARY KEY (partnership_id, meeting_id, position),
    FOREIGN KEY (partnership_id, meeting_id) REFERENCES lp_meeting (partnership_id, meeting_id) ON DELETE CASCADE
);

CREATE TABLE lp_group_report (
    partnership_id VARCHAR(100) NOT NULL,
    meeting_id     VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    group_id       VARCHAR(100) NOT NULL,
    quarter        VARCHAR(16)  NOT NULL,
    summary        VARCHAR      NOT NULL,
    PRIMARY KEY (partnership_id, meeting_id, position),
    CONSTRAINT group_report_uq UNIQUE (partnership_id, meeting_id, group_id, quarter),
    FOREIGN KEY (partnership_id, meeting_id) REFERENCES lp_meeting (partnership_id, meeting_id) ON DELETE CASCADE,
    FOREIGN KEY (partnership_id, group_id) REFERENCES lp_working_group (partnership_id, group_id) ON DELETE CASCADE
);

CREATE TABLE lp_meeting_document (
    partnership_id VARCHAR(100) NOT NULL,
    meeting_id     VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    title          VARCHAR      NOT NULL,
    uri            VARCHAR,
    kind           VARCHAR(40),
    PRIMARY KEY (partnership_id, meeting_id, position),
    FOREIGN KEY (partnership_id, meeting_id) REFERENCES lp_meeting (partnership_id, meeting_id) ON DELETE CASCADE
);

CREATE TABLE lp_intervention_extension (
    partnership_id VARCHAR(100) NOT NULL REFERENCES lp_partnership (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    decided        VARCHAR(32)  NOT NULL,
    new_end        DATE         NOT NULL,
    reason         VARCHAR      NOT NULL,
    decided_by     VARCHAR,
    PRIMARY KEY (partnership_id, position)
);

-- A plan belongs to a partnership; a partnership with plans is not deleted before them.
CREATE TABLE lp_strategic_plan (
    id             VARCHAR(100) PRIMARY KEY,
    version        BIGINT       NOT NULL,
    partnership_id VARCHAR(100) NOT NULL REFERENCES lp_partnership (id),
    title          VARCHAR      NOT NULL,
    period_start   DATE         NOT NULL,
    period_end     DATE         NOT NULL,
    CONSTRAINT lp_strategic_plan_version_ck CHECK (version >= 0),
    CONSTRAINT lp_strategic_plan_period_ck CHECK (period_end >= period_start)
);
CREATE INDEX lp_strategic_plan_partnership_ix ON lp_strategic_plan (partnership_id);
CREATE INDEX lp_strategic_plan_period_ix ON lp_strategic_plan (period_start, period_end);

-- Plan versions are append-only once adopted: the library never updates or deletes an adopted version's rows,
-- and the triggers of V2 (one script per database, under ../vendor/) refuse anyone who tries.
CREATE TABLE lp_plan_version (
    plan_id    VARCHAR(100) NOT NULL REFERENCES lp_strategic_plan (id) ON DELETE CASCADE,
    number     INTEGER      NOT NULL,
    made_on    VARCHAR(32)  NOT NULL,
    summary    VARCHAR      NOT NULL,
    adopted_on VARCHAR(32),
    -- the adoption's latest possible day: the day by which the version was certainly adopted (NULL when the
    -- adoption's date is not recorded), for the queries by day
    adopted_by DATE,
    -- the goal horizons the record says the version sets, where it does not list its goals ("long-term,short-term")
    stated_goal_terms VARCHAR(40),
    -- SHA-256 of the version's rows (written by the library), so that a save tells an adopted version unchanged
    -- without reading it back; a save whose hash differs compares the contents before refusing.
    content_hash CHAR(64)     NOT NULL,
    PRIMARY KEY (plan_id, number),
    CONSTRAINT lp_plan_version_number_ck CHECK (number >= 1)
);
CREATE INDEX lp_plan_version_adopted_ix ON lp_plan_version (adopted_by);

CREATE TABLE lp_plan_approval (
    plan_id    VARCHAR(100) NOT NULL,
    number     INTEGER      NOT NULL,
    position   INTEGER      NOT NULL,
    body       VARCHAR(20)  NOT NULL,
    decided_on VARCHAR(32)  NOT NULL,
    resolution VARCHAR,
    PRIMARY KEY (plan_id, number, position),
    CONSTRAINT lp_plan_approval_body_uq UNIQUE (plan_id, number, body),
    FOREIGN KEY (plan_id, number) REFERENCES lp_plan_version (plan_id, number) ON DELETE CASCADE
);

CREATE TABLE lp_plan_need (
    plan_id     VARCHAR(100) NOT NULL,
    number      INTEGER      NOT NULL,
    need_id     VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    description VARCHAR      NOT NULL,
    PRIMARY KEY (plan_id, number, need_id),
    FOREIGN KEY (plan_id, number) REFERENCES lp_plan_version (plan_id, number) ON DELETE CASCADE
);

CREATE TABLE lp_plan_need_theme (
    plan_id VARCHAR(100) NOT NULL,
    number  INTEGER      NOT NULL,
    need_id VARCHAR(100) NOT NULL,
    theme   VARCHAR(40)  NOT NULL,
    PRIMARY KEY (plan_id, number, need_id, theme),
    FOREIGN KEY (plan_id, number, need_id) REFERENCES lp_plan_need (plan_id, number, need_id) ON DELETE CASCADE
);

CREATE TABLE lp_plan_priority (
    plan_id     VARCHAR(100) NOT NULL,
    number      INTEGER      NOT NULL,
    priority_id VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    title       VARCHAR      NOT NULL,
    PRIMARY KEY (plan_id, number, priority_id),
    FOREIGN KEY (plan_id, number) REFERENCES lp_plan_version (plan_id, number) ON DELETE CASCADE
);

CREATE TABLE lp_plan_priority_theme (
    plan_id     VARCHAR(100) NOT NULL,
    number      INTEGER      NOT NULL,
    priority_id VARCHAR(100) NOT NULL,
    theme       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (plan_id, number, priority_id, theme),
    FOREIGN KEY (plan_id, number, priority_id) REFERENCES lp_plan_priority (plan_id, number, priority_id) ON DELETE CASCADE
);

CREATE TABLE lp_plan_priority_need (
    plan_id     VARCHAR(100) NOT NULL,
    number      INTEGER      NOT NULL,
    priority_id VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    need_id     VARCHAR(100) NOT NULL,
    PRIMARY KEY (plan_id, number, priority_id, position),
    CONSTRAINT lp_plan_priority_need_uq UNIQUE (plan_id, number, priority_id, need_id),
    FOREIGN KEY (plan_id, number, priority_id) REFERENCES lp_plan_priority (plan_id, number, priority_id) ON DELETE CASCADE,
    FOREIGN KEY (plan_id, number, need_id) REFERENCES lp_plan_need (plan_id, number, need_id) ON DELETE CASCADE
);

CREATE TABLE lp_plan_goal (
    plan_id     VARCHAR(100) NOT NULL,
    number      INTEGER      NOT NULL,
    goal_id     VARCHAR(100) NOT NULL,
    priority_id VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    title       VARCHAR      NOT NULL,
    term        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (plan_id, number, goal_id),
    FOREIGN KEY (plan_id, number, priority_id) REFERENCES lp_plan_priority (plan_id, number, priority_id) ON DELETE CASCADE
);

CREATE TABLE lp_plan_measure (
    plan_id     VARCHAR(100) NOT NULL,
    number      INTEGER      NOT NULL,
    measure_id  VARCHAR(100) NOT NULL,
    -- NULL for a measure the record names without its goal (PlanVersion.measuresWithoutGoal)
    goal_id     VARCHAR(100),
    position    INTEGER      NOT NULL,
    title       VARCHAR      NOT NULL,
    responsible VARCHAR(100),
    PRIMARY KEY (plan_id, number, measure_id),
    FOREIGN KEY (plan_id, number) REFERENCES lp_plan_version (plan_id, number) ON DELETE CASCADE,
    FOREIGN KEY (plan_id, number, goal_id) REFERENCES lp_plan_goal (plan_id, number, goal_id) ON DELETE CASCADE
);
CREATE INDEX lp_plan_measure_id_ix ON lp_plan_measure (measure_id);

CREATE TABLE lp_plan_step (
    plan_id     VARCHAR(100) NOT NULL,
    number      INTEGER      NOT NULL,
    measure_id  VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    title       VARCHAR      NOT NULL,
    responsible VARCHAR(100) NOT NULL,
    deadline    DATE         NOT NULL,
    completed   DATE,
    PRIMARY KEY (plan_id, number, measure_id, position),
    FOREIGN KEY (plan_id, number, measure_id) REFERENCES lp_plan_measure (plan_id, number, measure_id) ON DELETE CASCADE
);

CREATE TABLE lp_plan_step_resource (
    plan_id       VARCHAR(100) NOT NULL,
    number        INTEGER      NOT NULL,
    measure_id    VARCHAR(100) NOT NULL,
    step_position INTEGER      NOT NULL,
    position      INTEGER      NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    description   VARCHAR      NOT NULL,
    amount        VARCHAR(80),
    currency      CHAR(3),
    PRIMARY KEY (plan_id, number, measure_id, step_position, position),
    CONSTRAINT lp_plan_step_resource_money_ck CHECK ((amount IS NULL) = (currency IS NULL)),
    CONSTRAINT lp_plan_step_resource_financial_ck CHECK (kind <> 'financial' OR amount IS NOT NULL),
    FOREIGN KEY (plan_id, number, measure_id, step_position)
        REFERENCES lp_plan_step (plan_id, number, measure_id, position) ON DELETE CASCADE
);

-- An indicator sits on a goal or a measure (owner_kind) of the same version.
CREATE TABLE lp_plan_indicator (
    plan_id        VARCHAR(100) NOT NULL,
    number         INTEGER      NOT NULL,
    indicator_id   VARCHAR(100) NOT NULL,
    owner_kind     VARCHAR(10)  NOT NULL,
    owner_id       VARCHAR(100) NOT NULL,
    position       INTEGER      NOT NULL,
    name           VARCHAR      NOT NULL,
    unit           VARCHAR      NOT NULL,
    baseline_value VARCHAR(80)  NOT NULL,
    baseline_date  DATE         NOT NULL,
    PRIMARY KEY (plan_id, number, indicator_id),
    CONSTRAINT lp_plan_indicator_owner_ck CHECK (owner_kind IN ('goal', 'measure')),
    FOREIGN KEY (plan_id, number) REFERENCES lp_plan_version (plan_id, number) ON DELETE CASCADE
);

-- The interim targets in order, then the final one (is_final).
CREATE TABLE lp_plan_indicator_target (
    plan_id      VARCHAR(100) NOT NULL,
    number       INTEGER      NOT NULL,
    indicator_id VARCHAR(100) NOT NULL,
    position     INTEGER      NOT NULL,
    is_final     BOOLEAN      NOT NULL,
    due          DATE         NOT NULL,
    target       VARCHAR(80)  NOT NULL,
    actual_value VARCHAR(80),
    actual_date  DATE,
    PRIMARY KEY (plan_id, number, indicator_id, position),
    CONSTRAINT lp_plan_indicator_target_actual_ck CHECK ((actual_value IS NULL) = (actual_date IS NULL)),
    FOREIGN KEY (plan_id, number, indicator_id)
        REFERENCES lp_plan_indicator (plan_id, number, indicator_id) ON DELETE CASCADE
);

-- The applicant is a member of the partnership by id only: aggregates refer to each other by id.
CREATE TABLE lp_project (
    id                 VARCHAR(100) PRIMARY KEY,
    version            BIGINT       NOT NULL,
    partnership_id     VARCHAR(100) NOT NULL REFERENCES lp_partnership (id),
    title              VARCHAR      NOT NULL,
    applicant          VARCHAR(100) NOT NULL,
    funding_kind       VARCHAR(40),
    programme          VARCHAR,
    call_name          VARCHAR,
    requested_amount   VARCHAR(80),
    requested_currency CHAR(3),
    individual_project BOOLEAN      NOT NULL,
    status             VARCHAR(40)  NOT NULL,
    CONSTRAINT lp_project_version_ck CHECK (version >= 0),
    CONSTRAINT lp_project_requested_ck CHECK ((requested_amount IS NULL) = (requested_currency IS NULL))
);
CREATE INDEX lp_project_partnership_ix ON lp_project (partnership_id);
CREATE INDEX lp_project_status_ix ON lp_project (status);

CREATE TABLE lp_project_measure (
    project_id VARCHAR(100) NOT NULL REFERENCES lp_project (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    measure_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT lp_project_measure_uq UNIQUE (project_id, measure_id)
);

CREATE TABLE lp_project_status_change (
    project_id VARCHAR(100) NOT NULL REFERENCES lp_project (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    status     VARCHAR(40)  NOT NULL,
    changed_on VARCHAR(32)  NOT NULL,
    PRIMARY KEY (project_id, position)
);
