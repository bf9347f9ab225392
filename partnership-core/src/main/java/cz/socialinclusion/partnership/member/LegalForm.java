package cz.socialinclusion.partnership.member;

import cz.socialinclusion.partnership.base.InvalidValueException;

import java.util.Objects;

/** The legal form of a Czech organisation (právní forma), with the abbreviation used after its name. */
public enum LegalForm {
    /** Občanské sdružení (civic association, before 2014). */
    CIVIC_ASSOCIATION("o.s."),
    /** Obecně prospěšná společnost (public benefit company). */
    PUBLIC_BENEFIT_COMPANY("o.p.s."),
    /** Zapsaný spolek (registered association, since 2014). */
    REGISTERED_ASSOCIATION("z.s."),
    /** Příspěvková organizace (contributory organisation of a public body). */
    CONTRIBUTORY_ORGANISATION("p.o."),
    /** Zapsaný ústav (registered institute). */
    REGISTERED_INSTITUTE("z.ú."),
    /** Společnost s ručením omezeným (limited liability company). */
    LIMITED_LIABILITY_COMPANY("s.r.o."),
    /** Akciová společnost (joint-stock company). */
    JOINT_STOCK_COMPANY("a.s.");

    private final String abbreviation;

    LegalForm(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /**
     * The abbreviation written after the name, such as {@code o.p.s.}.
     *
     * @return the abbreviation written after the name, such as {@code o.p.s.}
     */
    public String abbreviation() {
        return abbreviation;
    }

    /**
     * The legal form with this abbreviation, ignoring case and spaces ({@code "O.s."}, {@code "o. p. s."}).
     *
     * @param abbreviation the abbreviation as written, such as {@code "o. p. s."}
     * @return the legal form
     * @throws InvalidValueException if no legal form has that abbreviation
     */
    public static LegalForm ofAbbreviation(String abbreviation) {
        Objects.requireNonNull(abbreviation, "abbreviation");
        String wanted = abbreviation.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        for (LegalForm form : values()) {
            if (form.abbreviation.equals(wanted)) {
                return form;
            }
        }
        throw new InvalidValueException("legalForm", abbreviation,
                "legalForm '" + abbreviation + "' is not a known abbreviation");
    }

    @Override
    public String toString() {
        return abbreviation;
    }
}
