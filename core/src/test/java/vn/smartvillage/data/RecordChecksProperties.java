package vn.smartvillage.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Organisation;
import vn.smartvillage.model.OrganisationKind;
import vn.smartvillage.model.Unit;

/**
 * The library checks the constraints declared on the model records itself; a Bean Validation provider
 * (Hibernate Validator, as an application would run it) reading the same annotations finds the same
 * violations, in the same order.
 */
class RecordChecksProperties {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(70).withChars("abcXYZ019._:- /\tđảàư@#"),
                Arbitraries.strings().ofMinLength(60).ofMaxLength(220).withChars("aả "),
                Arbitraries.of("", " ", "\t", "\u2003", "a", "kha-ly-thuong", "Khả Lý Thượng", " x "));
    }

    @Property(tries = 500)
    void unitChecks_agreeWithAProvider(@ForAll("text") String id, @ForAll("text") String name) {
        Unit u = new Unit(id, name, AdminLevel.VILLAGE);
        List<Problem> ours = new ArrayList<>();
        RecordChecks.check(u, Places.document("unit"), ours::add);
        assertThat(ours.stream().map(problem -> problem.location().toString()).toList()).isEqualTo(provider(u));
    }

    @Property(tries = 500)
    void organisationChecks_agreeWithAProvider(@ForAll("text") String id, @ForAll("text") String name, @ForAll("text") String unit) {
        Organisation o = new Organisation(id, name, OrganisationKind.COOPERATIVE, unit);
        List<Problem> ours = new ArrayList<>();
        RecordChecks.check(o, Places.document("organisation"), ours::add);
        // The library also refuses text that is not well-formed UTF-16, which no annotation says; the
        // generated text is always well-formed.
        assertThat(ours.stream().map(problem -> problem.location().toString()).toList()).isEqualTo(provider(o));
    }

    /** The provider's violations as our locations, in the order a provider's report is sorted. */
    private static <T> List<String> provider(T bean) {
        String prefix = bean instanceof Unit ? "unit" : "organisation";
        return VALIDATOR.validate(bean).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName()))
                .map(v -> prefix + ", field " + v.getPropertyPath())
                .toList();
    }
}
