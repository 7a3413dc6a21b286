// A deep page of the catalogue as the app's vendor list asks for it: each vendor with its category, commune and
// wilaya, offers, rating (event), owner (accounts) with avatar (media), and gallery and cover (media, which needs
// the owner first). Kept within our own query-cost limit, as the app's queries are.
export const vendorsQuery = /* GraphQL */ `
  query Vendors {
    vendors(first: 20) {
      totalCount
      edges {
        node {
          id
          name
          slug
          priceMin
          priceMax
          category {
            slug
            nameFr
          }
          place {
            nameFr
            parent {
              nameFr
            }
          }
          offers {
            name
            basePrice
          }
          rating
          reviewCount
          owner {
            id
            displayName
            avatar {
              url
            }
          }
          gallery(first: 4) {
            id
            url
          }
          cover {
            url
          }
        }
      }
    }
  }
`;
