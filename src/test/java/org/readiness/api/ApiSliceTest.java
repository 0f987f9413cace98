package org.readiness.api;

import org.readiness.assessment.AssessmentResults;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the API calls that need no database: the questionnaire and schema controllers with their advice, filter and
 * interceptor ({@link ApiSlice}), and stored results mocked. Every such test shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(controllers = {QuestionnaireController.class, ScoreCardController.class, SchemaController.class,
        PlanController.class})
@Import(ApiSlice.class)
@MockitoBean(types = AssessmentResults.class)
@interface ApiSliceTest {
}
