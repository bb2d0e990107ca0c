package vn.smartvillage.data;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import vn.smartvillage.Problem;
import vn.smartvillage.Text;

/**
 * Runs the Bean Validation constraints declared on model records and turns each violation into a
 * bilingual {@link Problem}.
 *
 * <p>The validator uses {@link ParameterMessageInterpolator}, so no expression-language implementation
 * is needed at run time. It is built once, on first use, and is thread-safe.
 */
final class BeanChecks {

    private BeanChecks() {
    }

    private static final class Holder {
        static final Validator VALIDATOR;

        static {
            ValidatorFactory factory = Validation.byDefaultProvider().configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
            VALIDATOR = factory.getValidator();
        }
    }

    /** Validates {@code bean} and reports each violation at {@code location}, ordered by property. */
    static <T> void check(T bean, String location, Consumer<Problem> sink) {
        List<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(bean).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName()))
                .toList();
        for (ConstraintViolation<T> v : violations) {
            String field = v.getPropertyPath().toString();
            sink.accept(new Problem(location + ", field " + field, reason(v)));
        }
    }

    private static Text reason(ConstraintViolation<?> v) {
        Class<?> type = v.getConstraintDescriptor().getAnnotation().annotationType();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        if (type == NotBlank.class) {
            return Text.of("không được để trống", "must not be blank");
        }
        if (type == NotNull.class) {
            return Text.of("bị thiếu", "is missing");
        }
        if (type == Size.class) {
            Object max = attributes.get("max");
            return Text.of("dài quá " + max + " ký tự", "must be at most " + max + " characters long");
        }
        if (type == Pattern.class) {
            return Text.of("chỉ được gồm chữ cái, chữ số và các dấu . _ : - (đang là '" + v.getInvalidValue() + "')",
                    "may hold only letters, digits and . _ : - (got '" + v.getInvalidValue() + "')");
        }
        return Text.of(v.getMessage(), v.getMessage());
    }
}
