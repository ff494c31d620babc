package org.securebase.mail;

import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP server inside the app (GreenMail), for the demo profile and the tests: mail works with no setup, and
 * the admin's Mail page shows what was sent. Never for production: it delivers nowhere. Its sender replaces
 * Spring Boot's (spring.mail.*), which backs off when a JavaMailSender bean exists.
 */
@Configuration
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "securebase.mail.embedded", havingValue = "true")
class EmbeddedSmtpConfig {

    @Bean(destroyMethod = "stop")
    EmbeddedSmtp embeddedSmtp(MailSettings settings) {
        return new EmbeddedSmtp(settings.embeddedPort());
    }

    @Bean
    JavaMailSenderImpl mailSender(EmbeddedSmtp smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.port());
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(props);
        return sender;
    }
}
