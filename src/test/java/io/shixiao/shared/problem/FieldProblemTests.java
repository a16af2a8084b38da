package io.shixiao.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldProblemTests {

    @Test
    void anExceptionWithoutAMessageStillNamesItsFieldAndSaysItIsInvalid() {
        // a refused parse often carries no message; the problem's JSON cannot hold a null
        InvalidInputException invalid = new InvalidInputException("amount", null);
        ConflictException conflict = new ConflictException("status", null);

        assertThat(invalid.fields()).containsExactly(new FieldProblem("amount", "invalid"));
        assertThat(invalid.getMessage()).isEqualTo("Field 'amount': invalid");
        assertThat(conflict.fields()).containsExactly(new FieldProblem("status", "invalid"));
        assertThat(conflict.getMessage()).isEqualTo("invalid");
    }

    @Test
    void aBindingErrorWithoutANameIsPinnedOnTheRequest() {
        assertThat(new FieldProblem(null, "too long")).isEqualTo(new FieldProblem("request", "too long"));
        assertThat(new FieldProblem(" ", " ").message()).isEqualTo("invalid");
    }
}
