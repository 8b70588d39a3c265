package jgrad.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSettingsTest {
    @TempDir
    Path dir;

    @Test
    void optionWordsSplitLikeAShellWithoutExpanding() {
        assertEquals(List.of("-Xlint:all", "-Xmaxerrs", "1"), OptionWords.split("  -Xlint:all\t-Xmaxerrs 1 "));
        assertEquals(List.of("-Akey=two words", "it's", "a\\b", "$HOME"),
                OptionWords.split("\"-Akey=two words\" it\\'s 'a\\b' $HOME"));
        assertEquals(List.of(), OptionWords.split("   "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptionWords.split("-A'x"));
        assertTrue(e.getMessage().contains("unclosed '"), e.getMessage());
    }

    @Test
    void timeLimitsTakeAUnitOrMeanSeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), CellTimeLimit.parse("30s"));
        assertEquals(Optional.of(Duration.ofSeconds(90)), CellTimeLimit.parse("90"));
        assertEquals(Optional.of(Duration.ofMinutes(5)), CellTimeLimit.parse("5m"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), CellTimeLimit.parse("1.5h"));
        assertEquals(Optional.of(Duration.ofMillis(250)), CellTimeLimit.parse(" 250 ms "));
        assertEquals(Optional.empty(), CellTimeLimit.parse("0"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellTimeLimit.parse("-3s"));
        assertTrue(e.getMessage().contains("'-3s' is not a duration"), e.getMessage());
        assertEquals("2s", CellTimeLimit.format(Duration.ofSeconds(2)));
        assertEquals("1m 30s", CellTimeLimit.format(Duration.ofSeconds(90)));
        assertEquals("250ms", CellTimeLimit.format(Duration.ofMillis(250)));
    }

    @Test
    void startupScriptsComeFromFilesInNameOrderThenTheInlineScript() throws Exception {
        Files.writeString(dir.resolve("b.jsh"), "int b = 2;");
        Files.writeString(dir.resolve("a.jsh"), "int a = 1;");
        Files.writeString(dir.resolve("c.txt"), "not a script");
        KernelSettings s = KernelSettings.from(Map.of(
                "JGRAD_STARTUP_SCRIPTS_PATH", dir + "/*.jsh",
                "JGRAD_STARTUP_SCRIPT", "int c = 3;"));
        assertEquals(List.of("int a = 1;", "int b = 2;", "int c = 3;"),
                s.startupScripts().stream().map(StartupScript::code).toList());
        assertEquals(List.of(), s.problems());
    }

    @Test
    void everyUnusableValueIsAProblemNamingItsVariable() throws Exception {
        Path jar = Files.createFile(dir.resolve("lib.jar"));
        KernelSettings s = KernelSettings.from(Map.of(
                "JGRAD_CLASSPATH", jar + File.pathSeparator + "/no/such/dir" + File.pathSeparator + dir + "/*.zip",
                "JGRAD_TIMEOUT", "later",
                "JGRAD_COMPILER_OPTS", "\"-Xlint"));
        assertEquals(List.of(jar.toAbsolutePath()), s.classpath());
        assertEquals(Optional.empty(), s.cellTimeLimit());
        assertEquals(List.of(), s.compilerOptions());
        String problems = String.join("\n", s.problems());
        assertTrue(problems.contains("JGRAD_CLASSPATH: no such file or folder: /no/such/dir"), problems);
        assertTrue(problems.contains("JGRAD_CLASSPATH: '" + dir + "/*.zip' matches no file"), problems);
        assertTrue(problems.contains("JGRAD_TIMEOUT: 'later' is not a duration"), problems);
        assertTrue(problems.contains("JGRAD_COMPILER_OPTS: unclosed \""), problems);
    }

    @Test
    void aLeadingTildeIsTheHomeFolder() {
        assertEquals(List.of(Path.of(System.getProperty("user.home")).toAbsolutePath()),
                KernelSettings.from(Map.of("JGRAD_CLASSPATH", "~")).classpath());
    }

    @Test
    void nothingSetIsNoConfiguration() {
        assertEquals(KernelSettings.none(), KernelSettings.from(Map.of("JGRAD_TIMEOUT", " ")));
    }
}
