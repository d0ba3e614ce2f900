package se.malstyrning.followup.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.changes.ChangeFeed;

import java.util.List;

@Schema(name = "ChangeFeed")
public record ChangeFeedView(List<ChangeView> items,
                             @Schema(description = "Pass as since to read on; equal to since when nothing is new") long nextSince,
                             boolean hasMore) {

    static ChangeFeedView of(ChangeFeed.Page page) {
        return new ChangeFeedView(page.items().stream().map(ChangeView::of).toList(), page.nextSince(), page.hasMore());
    }
}
