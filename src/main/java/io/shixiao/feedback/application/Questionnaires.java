package io.shixiao.feedback.application;

import io.shixiao.feedback.domain.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The questionnaires and their scales as stored (V140 packages the seeds' 002 and 004). */
@Component
public class Questionnaires {

    private final JdbcClient jdbc;

    Questionnaires(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> codes() {
        return jdbc.sql("select code from questionnaire order by code")
                .query(String.class)
                .list();
    }

    public Optional<Questionnaire> byCode(String code) {
        return jdbc.sql("select code, title, source, intro, omitted from questionnaire where code = :code")
                .param("code", code)
                .query((rs, n) -> new Questionnaire(
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("source"),
                        rs.getString("intro"),
                        rs.getString("omitted"),
                        questions(code)))
                .optional();
    }

    private List<Questionnaire.Question> questions(String code) {
        record Row(String code, String text, String scale, boolean rates) {}
        List<Row> rows = jdbc.sql("""
                        select code, text, scale_code, rates_service from questionnaire_question
                        where questionnaire_code = :code order by position""")
                .param("code", code)
                .query((rs, n) -> new Row(
                        rs.getString("code"),
                        rs.getString("text"),
                        rs.getString("scale_code"),
                        rs.getBoolean("rates_service")))
                .list();
        List<Questionnaire.Question> questions = new ArrayList<>();
        for (Row row : rows) {
            List<Questionnaire.Option> options = jdbc.sql(
                            "select code, label, satisfied from scale_option where scale_code = :scale order by position")
                    .param("scale", row.scale())
                    .query((rs, n) -> new Questionnaire.Option(
                            rs.getString("code"), rs.getString("label"), rs.getBoolean("satisfied")))
                    .list();
            questions.add(new Questionnaire.Question(row.code(), row.text(), row.scale(), row.rates(), options));
        }
        return questions;
    }
}
