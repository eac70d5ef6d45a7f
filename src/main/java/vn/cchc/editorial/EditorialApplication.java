package vn.cchc.editorial;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EditorialApplication {

    public static void main(String[] args) {
        SpringApplication.run(EditorialApplication.class, args);
    }
}
