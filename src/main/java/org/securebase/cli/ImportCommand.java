package org.securebase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.securebase.threads.ImportService;
import org.securebase.threads.WxrFile;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code import FILE.wxr --group NAME [--dry-run]}: a WordPress comment discussion into a group, all or nothing. */
class ImportCommand implements CommandLine.Subcommand {

    @Override
    public String arguments() {
        return "FILE.wxr --group NAME [--dry-run]";
    }

    @Override
    public String summary() {
        return "import a WordPress export's posts and approved comments into a group";
    }

    @Override
    public int run(String[] args) {
        String group = CreateAdminCommand.option(args, "--group");
        boolean dryRun = java.util.Arrays.asList(args).contains("--dry-run");
        if (args.length == 0 || args[0].startsWith("--") || group == null) {
            System.err.println("Usage: import FILE.wxr --group NAME [--dry-run]");
            return CommandLine.USAGE;
        }
        WxrFile file;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            file = WxrFile.read(in);
        } catch (IOException e) {
            System.err.println("Could not read " + args[0] + ": " + e.getMessage());
            return CommandLine.FAILED;
        } catch (WxrFile.MalformedExportException e) {
            System.err.println(args[0] + ": " + e.getMessage() + " Nothing was imported.");
            return CommandLine.FAILED;
        }
        try (ConfigurableApplicationContext context = Spring.start(CreateAdminCommand.springOptions(args))) {
            ImportService.Summary summary = context.getBean(ImportService.class).importAsSystem(file, group, dryRun);
            System.out.println(summary.line());
            if (dryRun) {
                System.err.println("Dry run: nothing was written.");
            }
            return CommandLine.OK;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + " Nothing was imported.");
            return CommandLine.FAILED;
        }
    }
}
