package org.readiness;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import org.readiness.questionnaire.file.ValidateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan("org.readiness.base")
@Theme("readiness")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (ValidateCommand.isRequested(args)) {
            System.exit(ValidateCommand.run(args, System.out));
        }
        SpringApplication.run(Application.class, args);
    }
}
