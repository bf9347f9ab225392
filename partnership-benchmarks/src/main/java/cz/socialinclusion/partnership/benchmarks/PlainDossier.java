package cz.socialinclusion.partnership.benchmarks;

import java.util.List;

/**
 * The same data as a dossier document, as plain records of strings and numbers that vanilla Jackson reads
 * and writes with no module: the JSON baseline. The names follow the dossier format, so that both read the
 * same bytes; nothing is checked or converted.
 */
public final class PlainDossier {

    private PlainDossier() {
    }

    public record Document(int formatVersion, Partnership partnership, List<Plan> plans, List<Project> projects) {
    }

    public record Partnership(String id, String name, String municipality, String founded, String convener, Rules rulesOfProcedure,
                              List<Membership> memberships, List<Group> workingGroups, String workingGroupsFormed,
                              List<Meeting> meetings, Intervention intervention, String membersListedAsOf) {
    }

    public record Rules(String adopted, String meeting) {
    }

    public record Membership(Member member, String joined, String left) {
    }

    public record Member(String type, String id, String name, String kind, String legalForm, String ico, List<String> facilities,
                         List<String> names, String role) {
    }

    public record Group(String id, String name, String kind, List<String> themes, List<Participant> participants,
                        String communityPlanningGroup, String formed) {
    }

    public record Participant(String type, String member, String role, String name, String expertRole) {
    }

    public record Meeting(String id, String level, String group, String date, String kind, List<String> attendance,
                          List<String> agenda, List<Decision> decisions, List<Report> reports, List<Link> documents) {
    }

    public record Decision(String kind, String text) {
    }

    public record Report(String group, String quarter, String summary) {
    }

    public record Link(String title, String uri) {
    }

    public record Intervention(String start, String plannedLength, List<Extension> extensions) {
    }

    public record Extension(String decided, String newEnd, String reason) {
    }

    public record Plan(String id, String partnership, String title, Range period, List<Version> versions) {
    }

    public record Range(String start, String endInclusive) {
    }

    public record Version(int number, String date, String summary, List<Need> needs, List<Priority> priorities,
                          List<Measure> measuresWithoutGoal, List<Approval> approvals) {
    }

    public record Need(String id, String kind, String description, List<String> themes) {
    }

    public record Priority(String id, String title, List<String> themes, List<String> addresses, List<Goal> goals) {
    }

    public record Goal(String id, String title, String term, List<Measure> measures, List<Indicator> indicators) {
    }

    public record Measure(String id, String title, String responsible, List<Step> steps, List<Indicator> indicators) {
    }

    public record Step(String title, String responsible, String deadline, List<Resource> resources, String completed) {
    }

    public record Resource(String kind, String description, Money amount) {
    }

    public record Money(String amount, String currency) {
    }

    public record Indicator(String id, String name, String unit, Measurement baseline, List<Target> interim, Target finalTarget) {
    }

    public record Measurement(java.math.BigDecimal value, String date) {
    }

    public record Target(String due, java.math.BigDecimal target, Measurement actual) {
    }

    public record Approval(String body, String date, String resolution) {
    }

    public record Project(String id, String partnership, String title, String applicant, List<String> measures, Funding funding,
                          Money requested, boolean individualProject, List<Status> history) {
    }

    public record Funding(String kind, String programme, String call) {
    }

    public record Status(String status, String on) {
    }
}
