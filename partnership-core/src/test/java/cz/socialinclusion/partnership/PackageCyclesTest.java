package cz.socialinclusion.partnership;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Core's packages form no cycle, the root package included: the aggregate roots ({@code Partnership},
 * {@code Dossier}, …) stay in the root package and use the {@code member}, {@code group}, {@code plan},
 * {@code project}, … packages; the types every package uses ({@code InvalidValueException}, {@code Limits},
 * {@code PartnershipId}, {@code PersonalData}, the constraints) are in {@code base}, which uses none of them.
 */
class PackageCyclesTest {

    private static final String ROOT = "cz.socialinclusion.partnership";

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void theSubpackagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theRootPackageAndTheSubpackagesAreFreeOfCycles() {
        SliceAssignment rootAndSubpackages = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(ROOT)) {
                    return SliceIdentifier.of("(root)");
                }
                return name.startsWith(ROOT + ".") ? SliceIdentifier.of(name.substring(ROOT.length() + 1).split("\\.")[0])
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the root package and each subpackage of " + ROOT;
            }
        };
        slices().assignedFrom(rootAndSubpackages).should().beFreeOfCycles().check(CORE);
    }
}
