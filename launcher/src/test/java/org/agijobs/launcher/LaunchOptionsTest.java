package org.agijobs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaultsToTheCurrentFolderWithDataKeptInDotData() {
        LaunchOptions options = LaunchOptions.parse();

        assertThat(options.projectDir()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(options.dataDir()).isEqualTo(Path.of(".data").toAbsolutePath());
        assertThat(options.reset()).isFalse();
        assertThat(options.demo()).isTrue();
        assertThat(options.backendProfiles()).isEqualTo("dev,demo");
    }

    @Test
    void noDemoRunsTheBackendOnTheDevProfileAlone() {
        LaunchOptions options = LaunchOptions.parse("--reset", "--no-demo");

        assertThat(options.demo()).isFalse();
        assertThat(options.backendProfiles()).isEqualTo("dev");
    }

    @Test
    void takesProjectAndDataFoldersAndReset() {
        LaunchOptions options = LaunchOptions.parse("--project-dir=/srv/agijobs", "--data-dir=/var/agijobs", "--reset");

        assertThat(options.projectDir()).isEqualTo(Path.of("/srv/agijobs"));
        assertThat(options.dataDir()).isEqualTo(Path.of("/var/agijobs"));
        assertThat(options.logs()).isEqualTo(Path.of("/var/agijobs/logs"));
        assertThat(options.reset()).isTrue();
    }

    @Test
    void refusesUnknownOptionsWithTheUsage() {
        assertThatThrownBy(() -> LaunchOptions.parse("--rest"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--rest")
                .hasMessageContaining("usage:");
    }

    @Test
    void resetRefusesToDeleteARootFolder() {
        assertThatThrownBy(() -> PlatformLauncher.DataDirectory.delete(Path.of("/")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
