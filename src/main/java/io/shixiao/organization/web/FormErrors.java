package io.shixiao.organization.web;

import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a form's change and puts a refusal next to the field it names (or on top of the form). */
final class FormErrors {

    private FormErrors() {}

    /** Refuses an edit that does not say which version of the record it changes. */
    static void requireVersion(Long version, BindingResult binding) {
        if (version == null) {
            binding.reject("stale", "缺少版本号 (version missing)");
        }
    }

    /**
     * The result of {@code change} with a "saved" notice for the page redirected to, or {@code null} when
     * the form already has errors or the change was refused (then recorded next to its field).
     */
    static <T> T save(BindingResult binding, RedirectAttributes redirect, Supplier<T> change) {
        if (binding.hasErrors()) {
            return null;
        }
        T saved = attempt(binding, change);
        if (saved != null) {
            redirect.addFlashAttribute("saved", true);
        }
        return saved;
    }

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
