package io.shixiao.shared.problem;

import org.springframework.http.MediaType;

final class ProblemMedia {
    static final MediaType TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    private ProblemMedia() {}
}
