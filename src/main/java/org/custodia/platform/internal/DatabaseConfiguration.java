package org.custodia.platform.internal;

import java.time.Clock;
import java.util.Arrays;
import javax.sql.DataSource;
import org.custodia.platform.DevelopmentClock;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement
class DatabaseConfiguration {

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new TenantAwareTransactionManager(dataSource);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "custodia.dev-clock.enabled", havingValue = false, matchIfMissing = true)
    Clock clock() {
        return Clock.systemUTC();
    }

    /** On a developer's machine only (ProductionReadiness refuses it): a clock a DPO may move forward. */
    @Bean
    @ConditionalOnBooleanProperty(name = "custodia.dev-clock.enabled")
    DevelopmentClock developmentClock() {
        return new DevelopmentClock();
    }

    /** The pool must close before the embedded server stops, so it depends on the server's lifecycle. */
    @Bean
    static BeanFactoryPostProcessor dataSourceAfterEmbeddedPostgres() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition("dataSource")
                    || beanFactory.getBeanNamesForType(EmbeddedPostgresLifecycle.class, true, false).length == 0) {
                return;
            }
            BeanDefinition dataSource = beanFactory.getBeanDefinition("dataSource");
            String[] dependsOn = dataSource.getDependsOn() == null ? new String[0] : dataSource.getDependsOn();
            String[] extended = Arrays.copyOf(dependsOn, dependsOn.length + 1);
            extended[dependsOn.length] =
                    beanFactory.getBeanNamesForType(EmbeddedPostgresLifecycle.class, true, false)[0];
            dataSource.setDependsOn(extended);
        };
    }
}
