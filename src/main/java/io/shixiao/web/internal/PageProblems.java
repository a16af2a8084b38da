package io.shixiao.web.internal;

import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.DatabaseRefusal;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page counterpart of the API's problem details: a page whose record is missing or out of scope
 * shows 404, a stale edit 409, invalid input 400 — as the shell's error page, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid() {
        return errorPage(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    ModelAndView conflict() {
        return errorPage(HttpStatus.CONFLICT);
    }

    /** A form row past the binder's limit ({@code rows[999999].name}), or a malformed multipart body. */
    @ExceptionHandler({InvalidPropertyException.class, MultipartException.class})
    ModelAndView unbindable() {
        return errorPage(HttpStatus.BAD_REQUEST);
    }

    /** A value the database cannot hold, or a duplicate: the input's fault, not a 500. */
    @ExceptionHandler(DataAccessException.class)
    ModelAndView database(DataAccessException e) throws DataAccessException {
        HttpStatus status = DatabaseRefusal.statusOf(e);
        if (status == null) {
            throw e;
        }
        return errorPage(status);
    }

    private static ModelAndView errorPage(HttpStatus status) {
        ModelAndView view = new ModelAndView("error", status);
        view.addObject("status", status.value());
        return view;
    }
}
