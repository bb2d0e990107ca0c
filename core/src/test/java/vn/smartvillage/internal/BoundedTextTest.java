package vn.smartvillage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class BoundedTextTest {

    @Test
    void textUpToTheBound_isKept_throughEveryKindOfWrite() throws IOException {
        BoundedText t = new BoundedText(11);
        t.write("xxab".toCharArray(), 2, 2);
        t.write("xcdx", 1, 2);
        t.write('e');
        t.append("fg").append(null, 0, 0);
        assertThat(t).hasToString("abcdefg");
        t.append(null);
        assertThat(t).as("a null is written as Writer writes it").hasToString("abcdefgnull");
        t.flush();
        t.close();
        assertThat(t).hasToString("abcdefgnull");
    }

    @Test
    void exactlyAtTheBound_isAccepted_andOnePastIsRefused() throws IOException {
        BoundedText t = new BoundedText(4);
        t.append("abcd");
        assertThat(t).hasToString("abcd");
        assertThatThrownBy(() -> t.write('e')).isInstanceOf(BoundedText.TooLarge.class).hasMessage("more than 4 characters");
        assertThatThrownBy(() -> t.append("e")).isInstanceOf(BoundedText.TooLarge.class);
        assertThatThrownBy(() -> t.write("e", 0, 1)).isInstanceOf(BoundedText.TooLarge.class);
        assertThatThrownBy(() -> t.write(new char[] {'e'}, 0, 1)).isInstanceOf(BoundedText.TooLarge.class);
        assertThat(t).as("a refused write adds nothing").hasToString("abcd");
    }

    @Test
    void aWriteThatWouldPassTheBound_isRefusedWhole() throws IOException {
        BoundedText t = new BoundedText(5);
        t.write("abc");
        assertThatThrownBy(() -> t.write("def")).isInstanceOf(BoundedText.TooLarge.class);
        t.write("de");
        assertThat(t).hasToString("abcde");
    }

    @Test
    void theLengthIsCheckedWithoutOverflow() throws IOException {
        BoundedText t = new BoundedText(Integer.MAX_VALUE);
        t.write("ab");
        assertThatThrownBy(() -> t.write(new char[0], 0, Integer.MAX_VALUE)).isInstanceOf(BoundedText.TooLarge.class);
    }
}
