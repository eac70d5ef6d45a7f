package vn.cchc.editorial.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Vietnamese name in Camunda's user: firstName holds the họ and tên đệm, lastName the tên, so that
 * "firstName lastName", as the webapps write it, is the Vietnamese order.
 */
class PersonNamesTest {

    @Test
    void aNameReadsFamilyNameMiddleNameThenGivenName() {
        assertThat(PersonNames.fullName("Nguyễn Thị", "Lan", "vp.tacgia")).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void anAccountWithoutANameIsShownByItsIdAndAMissingPartIsLeftOut() {
        assertThat(PersonNames.fullName(" ", null, "vp.tacgia")).isEqualTo("vp.tacgia");
        assertThat(PersonNames.fullName(null, "Lan", "vp.tacgia")).isEqualTo("Lan");
    }

    @Test
    void theDemoAccountsAreStoredInVietnameseOrder() {
        assertThat(DemoAccounts.AUTHORS).filteredOn(a -> a.id().equals("vp.tacgia")).singleElement()
                .satisfies(a -> assertThat(PersonNames.fullName(a.firstName(), a.lastName(), a.id())).isEqualTo("Nguyễn Thị Lan"));
        assertThat(DemoAccounts.ROLES).filteredOn(a -> a.id().equals("bbt.bientap")).singleElement()
                .satisfies(a -> assertThat(PersonNames.fullName(a.firstName(), a.lastName(), a.id())).isEqualTo("Huỳnh Thanh Mai"));
    }
}
