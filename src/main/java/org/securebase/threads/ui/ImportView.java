package org.securebase.threads.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.securebase.groups.GroupService;
import org.securebase.groups.GroupSummary;
import org.securebase.security.Roles;
import org.securebase.threads.ImportService;
import org.securebase.threads.WxrFile;

/** Admins import a WordPress comment discussion (WXR) into a group: all or nothing, with a summary line. */
@Route("admin/import")
@Menu(title = "Import a discussion", order = 22, icon = "vaadin:upload")
@PageTitle("Import a discussion · SecureBase")
@RolesAllowed(Roles.ADMIN)
public class ImportView extends VerticalLayout {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    final Select<GroupSummary> group = new Select<>();
    final Checkbox dryRun = new Checkbox("Dry run: count only, write nothing");
    final ProgressBar progress = new ProgressBar();
    final Span result = new Span();
    final Upload upload;

    private final ImportService imports;

    public ImportView(ImportService imports, GroupService groups) {
        this.imports = imports;
        addClassNames("sb-page", "sb-narrow");
        group.setLabel("Into group");
        group.setItems(groups.visibleGroups());
        group.setItemLabelGenerator(GroupSummary::name);
        groups.visibleGroups().stream().findFirst().ifPresent(group::setValue);
        progress.setVisible(false);
        result.setId("import-result");
        upload = new Upload(UploadHandler.inMemory(
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> importFile(bytes)))));
        upload.setAcceptedFileTypes(".xml", ".wxr", "application/xml", "text/xml");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setId("wxr-upload");
        Paragraph help = new Paragraph("Upload a WordPress export (Tools → Export in WordPress). Each post becomes "
                + "a Discussion thread and each approved comment a comment, nested as it was. Spam, unapproved "
                + "comments and pingbacks are skipped. Importing the same file again adds nothing.");
        help.addClassName("sb-muted");
        add(new H1("Import a discussion"), help, group, dryRun, upload, progress, result);
    }

    void importFile(byte[] bytes) {
        progress.setVisible(true);
        progress.setValue(0);
        result.removeClassName("sb-error-text");
        try {
            WxrFile file = WxrFile.read(new ByteArrayInputStream(bytes));
            ImportService.Summary summary = imports.importAsAdmin(
                    file,
                    group.getValue() == null ? null : group.getValue().name(),
                    dryRun.getValue(),
                    percent -> progress.setValue(percent / 100.0));
            progress.setValue(1);
            result.setText(summary.line() + (dryRun.getValue() ? " (dry run: nothing written)" : ""));
        } catch (WxrFile.MalformedExportException | IllegalArgumentException e) {
            result.setText(e.getMessage() + " Nothing was imported.");
            result.addClassName("sb-error-text");
            progress.setVisible(false);
        } catch (IOException e) {
            result.setText("The upload could not be read. Nothing was imported.");
            result.addClassName("sb-error-text");
            progress.setVisible(false);
        }
    }
}
