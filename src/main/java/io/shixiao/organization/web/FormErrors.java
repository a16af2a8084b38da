package io.shixiao.organization.web;

import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/** Runs a form's change and puts a refusal next to the field it names (or on top of the form). */
final class FormErrors {

  private FormErrors() {}

  /** The result of {@code change}, or {@code null} after recording why it was refused. */
  static <T> T attempt(BindingResult binding, Supplier<T> change) {
    try {
      return change.get();
    } catch (InvalidInputException e) {
      record(binding, e.fields(), e.getMessage());
    } catch (ConflictException e) {
      record(binding, e.fields(), e.getMessage());
    } catch (OptimisticLockingFailureException e) {
      binding.reject("stale", "记录已被他人修改，请刷新后重试 (The record was changed by someone else; reload it.)");
    }
    return null;
  }

  private static void record(BindingResult binding, List<FieldProblem> fields, String message) {
    BeanWrapperImpl form = new BeanWrapperImpl(binding.getTarget());
    for (FieldProblem problem : fields) {
      String field = problem.field();
      if (field != null && form.isReadableProperty(field)) {
        binding.rejectValue(field, "invalid", problem.message());
      } else {
        binding.reject("invalid", problem.message());
      }
    }
    if (fields.isEmpty()) {
      binding.reject("invalid", message);
    }
  }
}
