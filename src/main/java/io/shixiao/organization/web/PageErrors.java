package io.shixiao.organization.web;

import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page asking for a record that does not exist or is out of scope answers 404, as the API does. */
@ControllerAdvice(
        assignableTypes = {
            InsurerPages.class,
            OutletPages.class,
            ZonePages.class,
            StaffPages.class,
            AssociationPages.class
        })
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "organization/not-found";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInputException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "organization/not-found";
    }
}
