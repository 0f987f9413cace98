package org.readiness;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import org.readiness.questionnaire.file.ValidateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Map;

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

    /** The tab's icon: three rising bars, drawn as SVG, with PNGs for browsers that take no SVG icon. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("icons/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addFavIcon("icon", "icons/favicon-32.png", "32x32");
        settings.addFavIcon("apple-touch-icon", "icons/apple-touch-icon.png", "180x180");
    }
}
