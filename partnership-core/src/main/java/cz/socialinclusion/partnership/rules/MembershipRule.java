package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Membership;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.group.Participant;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.OrganisationKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cz.socialinclusion.partnership.rules.ArgumentType.DATE;
import static cz.socialinclusion.partnership.rules.ArgumentType.NAME;

/**
 * membership (členství): the municipality is a member of the partnership; the Agency that convenes it is
 * listed among the members; a member who left no longer sits in a working group. Nothing is found about a day
 * before the founding; on a day after the dossier's {@code recordedUntil}, what would be wrong is not recorded.
 *
 * <p>Immutable and thread-safe.
 */
public final class MembershipRule extends MethodRule<MembershipRule.Code> {

    MembershipRule() {
        super(RuleId.MEMBERSHIP, Code.class);
    }

    /** Nothing is found about a day before the founding, when the partnership has no members yet. */
    @Override
    public List<Finding> check(RuleContext context) {
        if (context.isBeforeFounding()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Partnership partnership = context.partnership();
        LocalDate asOf = context.asOf();
        List<Membership> current = partnership.memberships().stream().filter(m -> m.isActiveOn(asOf)).toList();
        Subject subject = Subject.partnership(partnership.id());
        if (current.stream().noneMatch(m -> m.member().isOrganisationOf(OrganisationKind.MUNICIPALITY))) {
            findings.add(Finding.of(Code.MUNICIPALITY_MISSING, subject, null, null, partnership.municipality())
                    .withFacts(Facts.MEMBERSHIPS));
        }
        if (current.stream().noneMatch(m -> m.member().isOrganisationOf(OrganisationKind.AGENCY))) {
            findings.add(Finding.of(Code.AGENCY_NOT_LISTED, subject, null, null, partnership.convener())
                    .withFacts(Facts.MEMBERSHIPS));
        }
        Map<MemberId, Membership> index = new HashMap<>();
        partnership.memberships().forEach(m -> index.put(m.memberId(), m));
        for (WorkingGroup group : partnership.workingGroups()) {
            for (Participant participant : group.participants()) {
                if (!(participant instanceof Seat seat)) {
                    continue;
                }
                Membership membership = index.get(seat.member());
                if (membership.left() != null && !membership.left().isAfter(asOf)) {
                    findings.add(Finding.of(Code.LEFT_MEMBER_IN_GROUP, Subject.workingGroup(group.id()),
                            null, membership.left(), group.name(), membership.member().displayName(), membership.left())
                            .withFacts(Facts.group(group) + ".participants", Facts.MEMBERSHIPS + "[" + membership.memberId() + "].left"));
                }
            }
        }
        return asRecorded(context, findings);
    }

    /** What membership finds. */
    public enum Code implements DefinedCode {
        /** The municipality is not a current member: its name. */
        MUNICIPALITY_MISSING(Severity.ERROR, NAME),
        /** The Agency is not a current member: the convener's name. */
        AGENCY_NOT_LISTED(Severity.WARNING, NAME),
        /** A member who left still sits in a group: the group's name, the member's name, the day they left. */
        LEFT_MEMBER_IN_GROUP(Severity.WARNING, NAME, NAME, DATE);

        private final CodeDefinition definition;

        Code(Severity severity, ArgumentType<?>... arguments) { definition = CodeDefinition.of(RuleId.MEMBERSHIP, this, severity, arguments); }

        @Override public CodeDefinition definition() { return definition; }
    }
}
