package org.readiness.twin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Vaadin app worth comparing with: one route, one button that answers. */
@SpringBootApplication
public class TwinApplication {

    public static void main(String[] args) {
        SpringApplication.run(TwinApplication.class, args);
    }

    @Route("")
    public static class ButtonView extends Div {
        public ButtonView() {
            Span answer = new Span();
            answer.setId("answer");
            Button button = new Button("Click", click -> answer.setText("Clicked"));
            button.setId("button");
            add(button, answer);
        }
    }
}
