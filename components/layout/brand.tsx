export const brandTop = (
  <>
    Ministère
    <br />
    du Travail
    <br />
    et des Solidarités
  </>
);

export const homeLinkProps = { href: "/", title: "Accueil — CERES" };
