package jp.igetanet.core.project;

import java.util.List;

/** What a project post says: text, attached files and, on the first post of a thread, an event. */
public record ProjectPostContent(String text, List<String> attachmentIds, ProjectEvent event) {

    public ProjectPostContent {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
