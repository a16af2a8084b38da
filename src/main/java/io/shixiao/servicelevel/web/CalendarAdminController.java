package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.calendarsource.CalendarCatalog;
import io.shixiao.servicelevel.calendarsource.LoadedYear;
import io.shixiao.servicelevel.calendarsource.ScheduleSource;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.time.ShanghaiTime;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 节假日数据管理: the loaded years and their sources, upload of a year's file, reload of the directory. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminController {

    /** A loaded year with the time of its source as shown. */
    record YearRow(LoadedYear year, String since) {}

    private final CalendarCatalog catalog;

    CalendarAdminController(CalendarCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/admin/calendars")
    String page(Model model) {
        model.addAttribute(
                "years",
                catalog.loadedYears().stream()
                        .map(year -> new YearRow(
                                year,
                                year.source() == ScheduleSource.PACKAGED ? "" : ShanghaiTime.display(year.since())))
                        .toList());
        model.addAttribute("problems", catalog.problems());
        model.addAttribute(
                "directory", catalog.directory().toAbsolutePath().normalize().toString());
        return "servicelevel/calendar-admin";
    }

    @PostMapping("/admin/calendars/upload")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "Choose a file to upload");
            }
            Set<Integer> years = catalog.upload(
                    file.getOriginalFilename(), file.getBytes(), principal == null ? null : principal.getName());
            redirect.addFlashAttribute("uploaded", years);
            return "redirect:/admin/calendars";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("uploadError", e.fields().get(0).message());
            return page(model);
        }
    }

    @PostMapping("/admin/calendars/reload")
    String reload(RedirectAttributes redirect) {
        redirect.addFlashAttribute("reloaded", catalog.reload());
        return "redirect:/admin/calendars";
    }
}
