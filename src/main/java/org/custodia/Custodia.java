package org.custodia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Custodia: case records for children's services, kept as their privacy notices promise. */
@SpringBootApplication
public class Custodia {

    public static void main(String[] args) {
        SpringApplication.run(Custodia.class, args);
    }
}
