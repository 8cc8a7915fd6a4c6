package jp.igetanet.local.template;

import jp.igetanet.local.LocalMain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named fixtures: the repository's template.yaml and small inline templates. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    /** The repository's template.yaml, found upward from the module folder. */
    static Path projectTemplate() {
        return LocalMain.projectRoot().resolve("template.yaml");
    }

    static SamTemplate theProjectTemplate() {
        return SamTemplate.load(projectTemplate());
    }

    static SamTemplate aTemplate(Path folder, String yaml) {
        try {
            Path file = Files.writeString(folder.resolve("template.yaml"), yaml);
            return SamTemplate.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
